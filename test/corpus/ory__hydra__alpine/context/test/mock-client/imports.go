// Import list of package main in test/mock-client of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "context"
	_ "encoding/base64"
	_ "encoding/json"
	_ "flag"
	_ "fmt"
	_ "github.com/ory/hydra-client-go/v2"
	_ "github.com/ory/x/cmdx"
	_ "github.com/ory/x/urlx"
	_ "golang.org/x/oauth2"
	_ "io"
	_ "log"
	_ "net/http"
	_ "net/http/cookiejar"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "time"
)
