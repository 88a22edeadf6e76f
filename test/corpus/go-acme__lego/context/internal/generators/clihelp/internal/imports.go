// Import list of package internal in internal/generators/clihelp/internal of go-acme/lego (the import blocks of its non-test files; no code kept)
package internal

import (
	_ "fmt"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/urfave/cli/v3"
	_ "io"
	_ "log/slog"
	_ "strings"
	_ "text/template"
)
