// Package lint checks saved AWS CodePipeline jobs: Lambda invoke events and
// the responses of GetJobDetails, PollForJobs, GetThirdPartyJobDetails and
// PollForThirdPartyJobs. It is the library behind the jobdetails-lint command: job-worker
// authors can call it from their own tests.
//
// Every input goes through the same stages, in this order:
//
//  1. Sources yield raw findings: decoding (syntax, empty, file-too-large),
//     the envelope and duplicate keys, the schema, the Go rules of package
//     rules and the credential scan (lintBytes, checkDocument). In a log
//     container (package logs) each job in a message goes through
//     checkDocument with its positions moved to the file's, and the rest of
//     each message through the credential scan of raw text (lintLog,
//     lintJSONContainer). A source may
//     judge one value and give its finding another severity than the rule's
//     default: a documented placeholder gives a note, a legacy bucket name or
//     a ThirdParty owner a warning.
//  2. The config turns rules off and sets a rule's default severity: a
//     finding with its rule's default severity takes the configured one; a
//     finding whose severity was decided for its value keeps it.
//  3. The config's suppressions drop single findings.
//  4. One problem, one finding: where a Go rule's finding stands in for a
//     schema finding at the same place, the schema's is dropped
//     (oneFindingPerProblem). Only findings that survived stages 2 and 3
//     take part, so turning a rule off or suppressing its finding never
//     hides another rule's finding.
//  5. Masking: no message, pointer or file name holds a credential in full.
//  6. Sorting, without exact duplicates.
//
// Stages 2 to 6 are one call each in finish, which runs once per file or
// chunk of a JSON Lines stream.
package lint
