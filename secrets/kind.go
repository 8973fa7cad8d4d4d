package secrets

// Kind is the kind of a credential.
type Kind uint8

const (
	KeyID        Kind = iota + 1 // an access key id (AKIA, ASIA, ABIA, ACCA)
	SecretKey                    // a secret access key
	SessionToken                 // an STS session token
)

func (k Kind) String() string {
	switch k {
	case KeyID:
		return "AWS access key id"
	case SecretKey:
		return "AWS secret access key"
	case SessionToken:
		return "AWS session token"
	}
	return "credential"
}
