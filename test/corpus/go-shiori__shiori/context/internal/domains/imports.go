// Import list of package domains in internal/domains of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package domains

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/core"
	_ "github.com/go-shiori/shiori/internal/database"
	_ "github.com/go-shiori/shiori/internal/dependencies"
	_ "github.com/go-shiori/shiori/internal/model"
	_ "github.com/go-shiori/warc"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/spf13/afero"
	_ "golang.org/x/crypto/bcrypt"
	_ "io"
	_ "io/fs"
	_ "os"
	_ "path/filepath"
	_ "time"
)
