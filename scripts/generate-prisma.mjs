console.log("prisma generate: not yet configured")
