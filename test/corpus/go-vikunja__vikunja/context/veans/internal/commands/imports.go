// Import list of package commands in veans/internal/commands of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package commands

import (
	_ "code.vikunja.io/veans/internal/auth"
	_ "code.vikunja.io/veans/internal/bootstrap"
	_ "code.vikunja.io/veans/internal/client"
	_ "code.vikunja.io/veans/internal/config"
	_ "code.vikunja.io/veans/internal/credentials"
	_ "code.vikunja.io/veans/internal/output"
	_ "code.vikunja.io/veans/internal/status"
	_ "context"
	_ "embed"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/spf13/cobra"
	_ "io"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "text/template"
	_ "time"
)
