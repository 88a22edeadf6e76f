// Import list of package token in token of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package token

import (
	_ "bytes"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/cloudflare/cloudflared/config"
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/mitchellh/go-homedir"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "github.com/shirou/gopsutil/v4/process"
	_ "golang.org/x/crypto/nacl/box"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "time"
)
