// Import list of package storage in internal/storage of miniflux/v2 (the import blocks of its non-test files; no code kept)
package storage

import (
	_ "context"
	_ "database/sql"
	_ "errors"
	_ "fmt"
	_ "github.com/go-webauthn/webauthn/webauthn"
	_ "github.com/lib/pq"
	_ "golang.org/x/crypto/acme/autocert"
	_ "golang.org/x/crypto/bcrypt"
	_ "log/slog"
	_ "miniflux.app/v2/internal/config"
	_ "miniflux.app/v2/internal/crypto"
	_ "miniflux.app/v2/internal/model"
	_ "miniflux.app/v2/internal/timezone"
	_ "miniflux.app/v2/internal/urllib"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
