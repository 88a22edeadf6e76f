// Import list of package linter in pkg/lint/linter of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package linter

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/internal/cache"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis/load"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "go.yaml.in/yaml/v3"
	_ "go/ast"
	_ "golang.org/x/tools/go/packages"
)
