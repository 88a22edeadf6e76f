// Import list of package jsonnetx in oryx/jsonnetx of ory/hydra (the import blocks of its non-test files; no code kept)
package jsonnetx

import (
	_ "fmt"
	_ "github.com/bmatcuk/doublestar/v2"
	_ "github.com/google/go-jsonnet"
	_ "github.com/google/go-jsonnet/formatter"
	_ "github.com/google/go-jsonnet/linter"
	_ "github.com/ory/x/cmdx"
	_ "github.com/spf13/cobra"
	_ "os"
)
