// Import list of package main in tooling/httpsig of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "bytes"
	_ "crypto/x509"
	_ "encoding/pem"
	_ "flag"
	_ "fmt"
	_ "github.com/go-fed/httpsig"
	_ "github.com/ncarlier/webhookd/pkg/config/flag"
	_ "io"
	_ "log"
	_ "net/http"
	_ "net/http/httputil"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "time"
)
