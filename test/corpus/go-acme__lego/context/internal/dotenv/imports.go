// Import list of package dotenv in internal/dotenv of go-acme/lego (the import blocks of its non-test files; no code kept)
package dotenv

import (
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/joho/godotenv"
	_ "log/slog"
	_ "maps"
	_ "os"
	_ "strings"
)
