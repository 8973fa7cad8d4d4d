package command

import (
	"fmt"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
)

// version is set at build time with -ldflags "-X .../internal/command.version=…":
// the Makefile stamps what git describe --tags --long --always --dirty prints,
// a release build (goreleaser) the release's version. Otherwise the module
// version from the build information is used.
var version = ""

// develVersion is the version of a build that knows neither: a Semantic
// Version that sorts before every release.
const develVersion = "0.0.0-devel"

func (c *Command) version(args []string) int {
	if code, done := c.noArgs("version", "Prints the version of jobdetails-lint.", args); done {
		return code
	}
	fmt.Fprintf(c.Stdout, "jobdetails-lint %s\n", Version())
	return ExitClean
}

// Version is the program's version, always a Semantic Version 2.0.0 without
// a leading "v", so that the version command and SARIF's semanticVersion
// agree:
//   - a release, or go install …@v0.2.0: 0.2.0;
//   - a build between releases (make build, a goreleaser snapshot) of commit
//     1a2b3c4 after v0.2.0: 0.2.1-devel+g1a2b3c4, with ".dirty" when the
//     tree had changes (as Go's pseudo-versions, it sorts after 0.2.0 and
//     before 0.2.1; before the first tag the last release is taken as 0.0.0);
//   - a go install of a commit: Go's pseudo-version, such as
//     0.0.0-20250102150405-1a2b3c4d5e6f;
//   - a build that knows none of these: 0.0.0-devel.
func Version() string {
	if version != "" {
		return semanticVersion(version)
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return semanticVersion(info.Main.Version)
	}
	return develVersion
}

var (
	// describedVersion is git describe --long --dirty after a tag:
	// TAG-COMMITS-gHASH[-dirty].
	describedVersion = regexp.MustCompile(`^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?-(\d+)-g([0-9a-f]+)(-dirty)?$`)
	// describedCommit is git describe --always --dirty with no tag: HASH[-dirty].
	describedCommit = regexp.MustCompile(`^([0-9a-f]{4,40})(-dirty)?$`)
	// semver is a Semantic Version 2.0.0 (https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string).
	semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)` +
		`(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?` +
		`(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)
	// notIdentifier is what a build metadata identifier cannot hold.
	notIdentifier = regexp.MustCompile(`[^0-9A-Za-z-]+`)
)

// semanticVersion turns a stamped or module version into a Semantic Version
// (see Version).
func semanticVersion(v string) string {
	if v == "" || v == "devel" {
		return develVersion
	}
	if m := describedVersion.FindStringSubmatch(v); m != nil {
		if m[5] == "0" && m[7] == "" {
			return strings.Join(m[1:4], ".") + m[4] // exactly at the tag
		}
		return nextPatch(m[1], m[2], m[3], m[4]) + "-devel+g" + m[6] + dirty(m[7])
	}
	if m := describedCommit.FindStringSubmatch(v); m != nil {
		return "0.0.1-devel+g" + m[1] + dirty(m[2])
	}
	if s := strings.TrimPrefix(v, "v"); semver.MatchString(s) {
		return s
	}
	// Something else was stamped: keep it as build metadata.
	var ids []string
	for _, id := range strings.Split(v, ".") {
		if id = strings.Trim(notIdentifier.ReplaceAllString(id, "-"), "-"); id != "" {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return develVersion
	}
	return develVersion + "+" + strings.Join(ids, ".")
}

// nextPatch is the release after MAJOR.MINOR.PATCH[-PRE]: the next patch, or
// for a pre-release, the release it leads to.
func nextPatch(major, minor, patch, pre string) string {
	if pre == "" {
		n, err := strconv.Atoi(patch)
		if err == nil {
			patch = strconv.Itoa(n + 1)
		}
	}
	return major + "." + minor + "." + patch
}

func dirty(mark string) string {
	if mark == "" {
		return ""
	}
	return ".dirty"
}
