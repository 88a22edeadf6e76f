// Import list of package goformat in pkg/goformat of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goformat

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/alecthomas/chroma/v2/quick"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/fsutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/result/processors"
	_ "github.com/rogpeppe/go-internal/diff"
	_ "io"
	_ "io/fs"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
)
