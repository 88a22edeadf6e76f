// Import list of package config in config of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package config

import (
	_ "crypto/sha256"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/validation"
	_ "github.com/cloudflare/cloudflared/watcher"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "github.com/urfave/cli/v2"
	_ "gopkg.in/yaml.v3"
	_ "io"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "runtime"
	_ "strconv"
	_ "time"
)
