package decode

import "bytes"

// A YAMLName is an anchor, an alias, a tag or a directive as a YAML file
// writes it. Their names are text of the file that no document holds: a
// credential used as an anchor's name (&AKIA…, *AKIA…) or in a tag is as
// much a leak as a value.
type YAMLName struct {
	Kind       byte // '&' an anchor, '*' an alias, '!' a tag, '%' a directive
	Start, End int  // its bytes in the file, from its indicator on
}

// YAMLNames returns the anchors, aliases, tags and directives (%TAG) of a
// YAML file, in text order. They are read line by line, as YAMLComments
// reads comments (see scanYAMLLine), outside quoted scalars and comments;
// the text of a block scalar or of a quoted scalar that spans lines can look
// like one (a line "  *.txt" of a script), and is then read as one too,
// which errs on the safe side.
func YAMLNames(data []byte) []YAMLName {
	var names []YAMLName
	lineStart := 0
	visit := func(kind byte, start, end int) {
		if end-start > 1 { // "&", "*" and "!" alone name nothing
			names = append(names, YAMLName{Kind: kind, Start: lineStart + start, End: lineStart + end})
		}
	}
	for lineStart < len(data) {
		end := lineStart
		for end < len(data) && data[end] != '\n' {
			end++
		}
		if mayHoldName(data[lineStart:end]) {
			scanYAMLLine(data[lineStart:end], visit)
		}
		lineStart = end + 1
	}
	return names
}

// minCredential is the length of the shortest AWS credential, an access key
// id. A name's text is never shorter than what it holds (a tag's %41 is
// longer than the A it stands for).
const minCredential = 20

// mayHoldName is a quick test that a line holds an indicator of a name, so
// that most lines skip the scan.
func mayHoldName(line []byte) bool { return bytes.ContainsAny(line, "&*!%") }

// YAMLNameTexts returns the text of a YAML file with everything but some of
// its names blanked out, as YAMLComments blanks all but comments, so that a
// scan of it reports what a name holds at its true line and column:
// anchors holds the anchors and aliases, tags the tags and directives.
// Names too short to hold a credential are left out (most are: &base,
// !!str), and each text is nil when no name is left in it.
func YAMLNameTexts(data []byte, names []YAMLName) (anchors, tags []byte) {
	for _, n := range names {
		if n.End-n.Start-1 < minCredential {
			continue
		}
		out := &tags
		if n.Kind == '&' || n.Kind == '*' {
			out = &anchors
		}
		if *out == nil {
			*out = blank(data)
		}
		copy((*out)[n.Start:n.End], data[n.Start:n.End])
	}
	return anchors, tags
}
