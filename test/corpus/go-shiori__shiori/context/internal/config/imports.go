// Import list of package config in internal/config of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package config

import (
	_ "bufio"
	_ "context"
	_ "fmt"
	_ "github.com/gofrs/uuid/v5"
	_ "github.com/muesli/go-app-paths"
	_ "github.com/sethvargo/go-envconfig"
	_ "github.com/sirupsen/logrus"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "time"
)
