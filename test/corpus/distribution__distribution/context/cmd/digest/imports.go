// Import list of package main in cmd/digest of distribution/distribution (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/sha256"
	_ "crypto/sha512"
	_ "flag"
	_ "fmt"
	_ "github.com/distribution/distribution/v3/version"
	_ "github.com/opencontainers/go-digest"
	_ "io"
	_ "log"
	_ "os"
)
