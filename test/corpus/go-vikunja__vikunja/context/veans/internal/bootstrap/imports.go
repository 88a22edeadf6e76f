// Import list of package bootstrap in veans/internal/bootstrap of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package bootstrap

import (
	_ "code.vikunja.io/veans/internal/auth"
	_ "code.vikunja.io/veans/internal/client"
	_ "code.vikunja.io/veans/internal/config"
	_ "code.vikunja.io/veans/internal/credentials"
	_ "code.vikunja.io/veans/internal/output"
	_ "code.vikunja.io/veans/internal/picker"
	_ "code.vikunja.io/veans/internal/status"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/dustinkirkland/golang-petname"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
