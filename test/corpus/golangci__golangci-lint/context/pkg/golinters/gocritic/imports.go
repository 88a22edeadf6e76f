// Import list of package gocritic in pkg/golinters/gocritic of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package gocritic

import (
	_ "errors"
	_ "fmt"
	_ "github.com/go-critic/go-critic/checkers"
	_ "github.com/go-critic/go-critic/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/quasilyte/go-ruleguard/dsl"
	_ "go/ast"
	_ "go/types"
	_ "golang.org/x/tools/go/analysis"
	_ "maps"
	_ "reflect"
	_ "runtime"
	_ "slices"
	_ "strings"
	_ "sync"
)
