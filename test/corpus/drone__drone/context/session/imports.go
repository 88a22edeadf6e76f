// Import list of package session in session of drone/drone (the import blocks of its non-test files; no code kept)
package session

import (
	_ "encoding/json"
	_ "errors"
	_ "github.com/dchest/authcookie"
	_ "github.com/dgrijalva/jwt-go"
	_ "github.com/drone/drone/core"
	_ "io/ioutil"
	_ "net/http"
	_ "strings"
	_ "time"
)
