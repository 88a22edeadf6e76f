// Import list of package goformatters in pkg/goformatters of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goformatters

import (
	_ "bytes"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gci"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gofmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gofumpt"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/goimports"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/golines"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/swaggo"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/rogpeppe/go-internal/diff"
	_ "go/format"
	_ "golang.org/x/tools/go/analysis"
	_ "os"
	_ "path/filepath"
	_ "slices"
)
