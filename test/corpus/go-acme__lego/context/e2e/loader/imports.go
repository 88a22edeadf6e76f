// Import list of package loader in e2e/loader of go-acme/lego (the import blocks of its non-test files; no code kept)
package loader

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "crypto/tls"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/internal/wait"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/ldez/grignotin/goenv"
	_ "io"
	_ "log/slog"
	_ "net/http"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "runtime"
	_ "strings"
	_ "testing"
	_ "time"
)
