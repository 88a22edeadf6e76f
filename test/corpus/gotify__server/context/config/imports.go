// Import list of package config in config of gotify/server (the import blocks of its non-test files; no code kept)
package config

import (
	_ "encoding/csv"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/joho/godotenv"
	_ "github.com/rs/zerolog"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
)
