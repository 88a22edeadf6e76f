// Import list of package migrate in cmd/internal/migrate of go-acme/lego (the import blocks of its non-test files; no code kept)
package migrate

import (
	_ "cmp"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/acme"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/certificate"
	_ "github.com/go-acme/lego/v5/cmd/internal/configuration"
	_ "github.com/go-acme/lego/v5/cmd/internal/storage"
	_ "github.com/go-acme/lego/v5/internal"
	_ "github.com/go-acme/lego/v5/lego"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/mattn/go-zglob"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
)
