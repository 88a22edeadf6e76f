// Import list of package database in database of gotify/server (the import blocks of its non-test files; no code kept)
package database

import (
	_ "database/sql"
	_ "errors"
	_ "github.com/gotify/server/v2/auth/password"
	_ "github.com/gotify/server/v2/fracdex"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/mattn/go-isatty"
	_ "github.com/rs/zerolog/log"
	_ "gorm.io/driver/mysql"
	_ "gorm.io/driver/postgres"
	_ "gorm.io/driver/sqlite"
	_ "gorm.io/gorm"
	_ "gorm.io/gorm/logger"
	_ "math"
	_ "os"
	_ "path/filepath"
	_ "time"
)
