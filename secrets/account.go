package secrets

import "fmt"

// keyAccount decodes the AWS account id that newer key ids carry: the 16
// characters after the prefix are base32, and bits 7 to 46 of their first
// six bytes (big-endian) are the account number. Keys of the old generation,
// whose fifth character is I or J, do not carry it.
func keyAccount(keyID string) (string, bool) {
	if !isKeyID(keyID) || keyID[4] == 'I' || keyID[4] == 'J' {
		return "", false
	}
	// Ten base32 characters hold 50 bits: the first six bytes and two bits
	// of the seventh.
	var v uint64
	for i := 4; i < 14; i++ {
		v = v<<5 | uint64(base32Value(keyID[i]))
	}
	v >>= 2
	account := (v & 0x7fffffffff80) >> 7
	if account > maxAccount {
		return "", false // 40 bits hold more than 12 digits: not an account
	}
	return fmt.Sprintf("%012d", account), true
}

// maxAccount is the largest AWS account id: 12 decimal digits.
const maxAccount = 999_999_999_999

func base32Value(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c - 'A'
	}
	return c - '2' + 26
}

// canary accounts issue keys that exist only to raise an alarm when used.
var canary = map[string]string{
	// canarytokens.org (Thinkst)
	"052310077262": "a canarytokens.org tripwire key",
	"171436882533": "a canarytokens.org tripwire key",
	"534261010715": "a canarytokens.org tripwire key",
	"595918472158": "a canarytokens.org tripwire key",
	"717712589309": "a canarytokens.org tripwire key",
	"819147034852": "a canarytokens.org tripwire key",
	"992382622183": "a canarytokens.org tripwire key",
	"730335385048": "a canarytokens.org tripwire key",
	"266735846894": "a canarytokens.org tripwire key",
	"893192397702": "a canarytokens.org tripwire key",
	// other known canary-token services
	"044858866125": "a canary tripwire key",
	"251535659677": "a canary tripwire key",
	"344043088457": "a canary tripwire key",
	"351906852752": "a canary tripwire key",
	"390477818340": "a canary tripwire key",
	"426127672474": "a canary tripwire key",
	"427150556519": "a canary tripwire key",
	"439872796651": "a canary tripwire key",
	"445142720921": "a canary tripwire key",
	"465867158099": "a canary tripwire key",
	"637958123769": "a canary tripwire key",
	"693412236332": "a canary tripwire key",
	"732624840810": "a canary tripwire key",
	"735421457923": "a canary tripwire key",
	"959235150393": "a canary tripwire key",
	"982842642351": "a canary tripwire key",
}

// accountNote says whose key a key id is: the job's account, another one, or
// a canary. It is empty when the key does not decode.
func accountNote(keyID, jobAccount string) string {
	account, ok := keyAccount(keyID)
	if !ok {
		return ""
	}
	if label, ok := canary[account]; ok {
		return label + " (account " + account + ")"
	}
	switch {
	case jobAccount == "":
		return "key of account " + account
	case jobAccount == account:
		return "key of the job's account"
	}
	return "key of account " + account + ", not the job's account " + jobAccount
}
