// Import list of package cache in internal/cache of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package cache

import (
	_ "bytes"
	_ "encoding/gob"
	_ "encoding/hex"
	_ "errors"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/internal/go/cache"
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/pkg/timeutils"
	_ "golang.org/x/tools/go/packages"
	_ "maps"
	_ "runtime"
	_ "slices"
	_ "strings"
	_ "sync"
)
