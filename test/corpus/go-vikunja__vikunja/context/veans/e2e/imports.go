// Import list of package e2e in veans/e2e of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package e2e

import (
	_ "bytes"
	_ "code.vikunja.io/veans/internal/client"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "io"
	_ "net/http"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
	_ "testing"
	_ "time"
)
