// Import list of package migrate in config/migrate of gotify/server (the import blocks of its non-test files; no code kept)
package migrate

import (
	_ "encoding/csv"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/gotify/server/v2/config"
	_ "github.com/joho/godotenv"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "strconv"
	_ "strings"
)
