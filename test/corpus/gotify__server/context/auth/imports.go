// Import list of package auth in auth of gotify/server (the import blocks of its non-test files; no code kept)
package auth

import (
	_ "crypto"
	_ "crypto/ed25519"
	_ "crypto/rand"
	_ "crypto/sha512"
	_ "encoding/base64"
	_ "errors"
	_ "fmt"
	_ "github.com/gin-contrib/cors"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/server/v2/auth/password"
	_ "github.com/gotify/server/v2/config"
	_ "github.com/gotify/server/v2/model"
	_ "math/big"
	_ "net/http"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
