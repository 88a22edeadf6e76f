// Import list of package auth in veans/internal/auth of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "bufio"
	_ "code.vikunja.io/veans/internal/client"
	_ "code.vikunja.io/veans/internal/output"
	_ "context"
	_ "crypto/rand"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/pkg/browser"
	_ "golang.org/x/term"
	_ "html"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "time"
)
