// Import list of package tfa in internal of thomseddon/traefik-forward-auth (the import blocks of its non-test files; no code kept)
package tfa

import (
	_ "bytes"
	_ "crypto/hmac"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "github.com/thomseddon/go-flags"
	_ "github.com/thomseddon/traefik-forward-auth/internal/provider"
	_ "github.com/traefik/traefik/v2/pkg/muxer/http"
	_ "io"
	_ "io/ioutil"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
