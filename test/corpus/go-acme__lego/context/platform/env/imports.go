// Import list of package env in platform/env of go-acme/lego (the import blocks of its non-test files; no code kept)
package env

import (
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/log"
	_ "log/slog"
	_ "os"
	_ "strconv"
	_ "strings"
	_ "time"
)
