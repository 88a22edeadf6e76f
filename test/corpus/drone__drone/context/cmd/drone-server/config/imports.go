// Import list of package config in cmd/drone-server/config of drone/drone (the import blocks of its non-test files; no code kept)
package config

import (
	_ "errors"
	_ "fmt"
	_ "github.com/dchest/uniuri"
	_ "github.com/dustin/go-humanize"
	_ "github.com/kelseyhightower/envconfig"
	_ "gopkg.in/yaml.v2"
	_ "os"
	_ "strings"
	_ "time"
)
