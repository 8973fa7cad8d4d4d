package rules

// All returns every rule in the order they run. The list is explicit: a rule
// that is not here does not run.
func All() []Rule {
	return []Rule{
		AccountID{},
		ActionCategory{},
		ActionOwner{},
		PipelineContext{},
		Artifacts{},
		S3Location{},
		EncryptionKey{},
	}
}
