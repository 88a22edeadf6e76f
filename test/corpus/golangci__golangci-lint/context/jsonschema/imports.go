// Import list of package jsonschema in jsonschema of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package jsonschema

import (
	_ "embed"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "path/filepath"
)
