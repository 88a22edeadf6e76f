// Import list of package model in internal/model of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package model

import (
	_ "context"
	_ "database/sql/driver"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/go-shiori/shiori/internal/config"
	_ "github.com/go-shiori/warc"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/jmoiron/sqlx"
	_ "github.com/sirupsen/logrus"
	_ "github.com/spf13/afero"
	_ "io/fs"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "time"
)
