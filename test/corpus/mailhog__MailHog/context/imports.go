// Import list of package main in . of mailhog/MailHog (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/gorilla/pat"
	_ "github.com/ian-kent/go-log/log"
	_ "github.com/mailhog/MailHog-Server/api"
	_ "github.com/mailhog/MailHog-Server/config"
	_ "github.com/mailhog/MailHog-Server/smtp"
	_ "github.com/mailhog/MailHog-UI/assets"
	_ "github.com/mailhog/MailHog-UI/config"
	_ "github.com/mailhog/MailHog-UI/web"
	_ "github.com/mailhog/MailHog/config"
	_ "github.com/mailhog/http"
	_ "github.com/mailhog/mhsendmail/cmd"
	_ "golang.org/x/crypto/bcrypt"
	_ "net/http"
	_ "os"
)
