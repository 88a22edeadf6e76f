// Import list of package goutil in pkg/goutil of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package goutil

import (
	_ "context"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/hashicorp/go-version"
	_ "github.com/ldez/grignotin/goenv"
	_ "go/version"
	_ "os"
	_ "regexp"
	_ "runtime"
	_ "strings"
	_ "time"
)
