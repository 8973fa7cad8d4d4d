package command

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/jobdetails-lint/jobdetails-lint/finding"
	"github.com/jobdetails-lint/jobdetails-lint/lint"
	"github.com/jobdetails-lint/jobdetails-lint/schema"
)

func (c *Command) schema(args []string) int {
	if code, done := c.noArgs("schema", "Prints the JSON Schema (draft 2020-12) generated from AWS's output model.", args); done {
		return code
	}
	c.Stdout.Write(schema.JSON)
	return ExitClean
}

func (c *Command) rules(args []string) int {
	if code, done := c.noArgs("rules", "Lists every rule: its id, default severity, the forms of job it checks and what it checks.", args); done {
		return code
	}
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tFORMS\tCHECKS")
	for _, r := range lint.Catalog() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, formsOf(r), r.Description)
	}
	tw.Flush()
	return ExitClean
}

// formsOf names the forms a rule checks, or "all".
func formsOf(r finding.RuleInfo) string {
	if r.Forms == nil {
		return "all"
	}
	return strings.Join(r.Forms, ",")
}
