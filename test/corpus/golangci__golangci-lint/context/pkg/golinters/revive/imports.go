// Import list of package revive in pkg/golinters/revive of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package revive

import (
	_ "bytes"
	_ "cmp"
	_ "fmt"
	_ "github.com/BurntSushi/toml"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/result"
	_ "github.com/hashicorp/go-version"
	_ "github.com/mgechev/revive/config"
	_ "github.com/mgechev/revive/lint"
	_ "github.com/mgechev/revive/rule"
	_ "go/token"
	_ "golang.org/x/tools/go/analysis"
	_ "os"
	_ "reflect"
	_ "slices"
	_ "strings"
	_ "sync"
)
