// Import list of package main in contrib/lock/storage of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "fmt"
	_ "io"
	_ "net/http"
	_ "os"
	_ "strings"
)
