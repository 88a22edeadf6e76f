// Import list of package godoclint in pkg/golinters/godoclint of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package godoclint

import (
	_ "errors"
	_ "fmt"
	_ "github.com/godoc-lint/godoc-lint/pkg/compose"
	_ "github.com/godoc-lint/godoc-lint/pkg/config"
	_ "github.com/godoc-lint/godoc-lint/pkg/model"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "slices"
)
