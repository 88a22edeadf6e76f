// Import list of package dnspersist in internal/dnspersist of go-acme/lego (the import blocks of its non-test files; no code kept)
package dnspersist

import (
	_ "bufio"
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "log/slog"
	_ "os"
	_ "strings"
	_ "time"
)
