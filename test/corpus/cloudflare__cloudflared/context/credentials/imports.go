// Import list of package credentials in credentials of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package credentials

import (
	_ "bytes"
	_ "encoding/json"
	_ "encoding/pem"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/cfapi"
	_ "github.com/cloudflare/cloudflared/config"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
