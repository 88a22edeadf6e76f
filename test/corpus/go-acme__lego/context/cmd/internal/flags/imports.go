// Import list of package flags in cmd/internal/flags of go-acme/lego (the import blocks of its non-test files; no code kept)
package flags

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/certificate"
	_ "github.com/go-acme/lego/v5/cmd/internal/storage"
	_ "github.com/go-acme/lego/v5/internal"
	_ "github.com/go-acme/lego/v5/lego"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/urfave/cli/v3"
	_ "log/slog"
	_ "os"
	_ "path/filepath"
	_ "software.sslmate.com/src/go-pkcs12"
	_ "strings"
	_ "time"
	_ "unicode"
)
