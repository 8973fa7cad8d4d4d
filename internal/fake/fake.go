// Package fake makes random values in the formats of AWS credentials for
// tests: they match every check of package secrets, and they are not real
// because nobody issued them. Use a fixed seed so that tests can assert
// exact output.
package fake

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

const (
	base32Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)

// Gen makes credentials from a seeded random source.
type Gen struct{ rng *rand.Rand }

// New returns a generator whose output depends only on seed.
func New(seed uint64) *Gen { return &Gen{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))} }

func (g *Gen) pick(chars string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[g.rng.IntN(len(chars))]
	}
	return string(b)
}

// KeyID returns prefix (AKIA, ASIA, ABIA, ACCA) and 16 random base32
// characters of the current generation, which encode a random account.
func (g *Gen) KeyID(prefix string) string {
	return g.KeyIDFor(prefix, fmt.Sprintf("%012d", g.rng.Int64N(1_000_000_000_000)))
}

// KeyIDFor returns a key id that decodes to account: bits 7 to 46 of the
// first six bytes of the base32 body hold the account, bit 47 is set as in
// the keys AWS issues now, the rest is random.
func (g *Gen) KeyIDFor(prefix, account string) string {
	a, err := strconv.ParseUint(account, 10, 64)
	if err != nil || a >= 1<<40 {
		panic("fake: bad account " + account)
	}
	first := 1<<47 | a<<7 | g.rng.Uint64N(1<<7) // 48 bits
	v := first<<2 | g.rng.Uint64N(4)            // 50 bits = 10 characters
	b := make([]byte, 10)
	for i := 9; i >= 0; i-- {
		b[i] = base32Chars[v&31]
		v >>= 5
	}
	return prefix + string(b) + g.pick(base32Chars, 6)
}

// Secret returns 40 random base64 characters with upper case, lower case
// and digits in them, as real secret access keys have.
func (g *Gen) Secret() string {
	for {
		s := g.pick(base64Chars, 40)
		if mixed(s) {
			return s
		}
	}
}

// SecretWithSlash returns a Secret that holds at least one '/', which some
// JSON encoders write as \/.
func (g *Gen) SecretWithSlash() string {
	for {
		s := g.Secret()
		for i := 0; i < len(s); i++ {
			if s[i] == '/' {
				return s
			}
		}
	}
}

// Token returns a session token: the header of current tokens and random
// base64, 300 to 1,200 characters in all, padded like base64.
func (g *Gen) Token() string {
	n := 300 + g.rng.IntN(900)
	s := "IQoJb3JpZ2luX2Vj" + g.pick(base64Chars, n-16)
	switch n % 4 {
	case 1:
		s = s[:n-1] + "="
	case 2:
		s = s[:n-2] + "=="
	}
	return s
}

func mixed(s string) bool {
	var up, low, dig bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		up = up || (c >= 'A' && c <= 'Z')
		low = low || (c >= 'a' && c <= 'z')
		dig = dig || (c >= '0' && c <= '9')
	}
	return up && low && dig
}
