// Import list of package config in app/config of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package config

import (
	_ "context"
	_ "crypto/aes"
	_ "crypto/cipher"
	_ "crypto/rand"
	_ "database/sql"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/umputun/tg-spam/app/storage"
	_ "github.com/umputun/tg-spam/app/storage/engine"
	_ "github.com/umputun/tg-spam/lib/tgspam"
	_ "golang.org/x/crypto/argon2"
	_ "io"
	_ "reflect"
	_ "sort"
	_ "strings"
	_ "time"
)
