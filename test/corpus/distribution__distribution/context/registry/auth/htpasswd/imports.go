// Import list of package htpasswd in registry/auth/htpasswd of distribution/distribution (the import blocks of its non-test files; no code kept)
package htpasswd

import (
	_ "bufio"
	_ "context"
	_ "crypto/rand"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/registry/auth"
	_ "github.com/sirupsen/logrus"
	_ "golang.org/x/crypto/bcrypt"
	_ "io"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
)
