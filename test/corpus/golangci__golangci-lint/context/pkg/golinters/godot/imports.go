// Import list of package godot in pkg/golinters/godot of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package godot

import (
	_ "cmp"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/tetafro/godot"
	_ "golang.org/x/tools/go/analysis"
)
