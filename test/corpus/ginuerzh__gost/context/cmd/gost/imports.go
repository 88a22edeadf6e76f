// Import list of package main in cmd/gost of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bufio"
	_ "bytes"
	_ "crypto/sha256"
	_ "crypto/tls"
	_ "crypto/x509"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/ginuerzh/gost"
	_ "github.com/go-log/log"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/http/pprof"
	_ "net/url"
	_ "os"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "time"
)
