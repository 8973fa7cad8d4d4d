package schema

import (
	"github.com/jobdetails-lint/jobdetails-lint/document"
	"github.com/jobdetails-lint/jobdetails-lint/secrets"
)

// place is where in the document, and where in the model, a value is.
type place struct {
	pointer   string
	line, col int
	shape     *Shape // nil for a member the model does not have
	subject   string // how a message names the value: "accountId", "item 0 of jobs"
	secret    bool   // the value may be a secret and is never shown
}

// locate follows an instance location (unescaped tokens) through the
// document and the model.
func (r *reporter) locate(loc []string) place {
	at := place{shape: r.top, subject: "the response", line: r.root.Line, col: r.root.Col}
	for _, token := range loc {
		at = at.child(token, at.childShape(token))
	}
	if n := r.find.Lookup(r.root, at.pointer); n != nil {
		at.line, at.col = n.Line, n.Col
	}
	return at
}

// childShape is the shape of the member, item or map value named token.
func (p place) childShape(token string) *Shape {
	if p.shape == nil {
		return nil
	}
	switch p.shape.Type {
	case "structure":
		if m := p.shape.member(token); m != nil {
			return Lookup(m.Shape)
		}
	case "list":
		return Lookup(p.shape.Item)
	case "map":
		return Lookup(p.shape.Value)
	}
	return nil
}

// child is the place of the member, item or map value named token. It keeps
// the parent's line and column until the caller looks the node up.
func (p place) child(token string, shape *Shape) place {
	c := place{pointer: document.Key(p.pointer, token), line: p.line, col: p.col, shape: shape, subject: token}
	if p.shape != nil {
		switch p.shape.Type {
		case "list":
			c.subject = "item " + token + " of " + p.subject
		case "map":
			c.subject = p.subject + " value " + secrets.Quote(token)
		}
	}
	c.secret = p.secret || (shape != nil && (shape.Sensitive || shape.Name == "ActionConfigurationValue"))
	return c
}

// value shows a value for a message, unless it may be a secret.
func (p place) value(s string) string {
	if p.secret {
		return "(value hidden)"
	}
	return secrets.Quote(s)
}

// noun names the kind of value in words ("job id"), or by its member name.
func (p place) noun() string {
	if w, ok := shapeWords[p.shapeName()]; ok {
		return w.noun
	}
	return p.subject
}

func (p place) shapeName() string {
	if p.shape == nil {
		return "an unknown member"
	}
	return p.shape.Name
}
